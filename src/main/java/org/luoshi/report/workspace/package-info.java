/**
 * The use cases of {@code report} on a workspace: {@link org.luoshi.report.workspace.Stats} reads the
 * plans, the pace allowance and the rounds' boards and builds the
 * {@link org.luoshi.report.overview.Overview} (the 统计 window and the {@code stats} command). Only
 * reads. No JavaFX.
 */
package org.luoshi.report.workspace;
