/**
 * The window's face of notices and the history: Tools → 督办通知单… / 催办通知书… for the selected task
 * (the {@link org.luoshi.notices.ui.NoticeDialog} asks the time limit, basis, requirement, contact and
 * shows the number it takes, whose format and next value can be changed there), and File → export of a
 * task's or a plan's history (.xlsx or .csv). Everything runs through the session's use cases.
 */
package org.luoshi.notices.ui;
