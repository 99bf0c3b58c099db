/**
 * The requests window (工具 → 延期与销号…) and the forms to ask for an extension or a closing and to decide on
 * them, behind {@link org.luoshi.requests.ui.RequestsFeature}. Evidence opens with the system's viewer (a temporary
 * copy, on a thread of its own) and exports as a .zip with a cover sheet.
 */
package org.luoshi.requests.ui;
