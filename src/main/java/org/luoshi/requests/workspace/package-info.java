/**
 * The use cases of extension and closing requests ({@link org.luoshi.requests.workspace.Requests}), the
 * evidence files (storing is part of the request's edit; {@link org.luoshi.requests.workspace.Evidence}
 * opens and exports them) and the 延期审批单. Shared by the window and the command line.
 */
package org.luoshi.requests.workspace;
