/**
 * Requests about tasks as pure logic: extension requests (延期申请) with the leader's decision
 * (同意 / 不同意), closing requests (销号申请) with their evidence (佐证材料) and the office's review
 * (通过 / 退回), and {@link org.luoshi.requests.EffectiveDeadlines}: the date that counts for a task once
 * an extension is approved, under the office's {@link org.luoshi.requests.DeadlineRule}. A task keeps its
 * original dates; the adjusted ones live in the approved requests.
 *
 * <p>No JavaFX, no workspace: the use cases and the undoable edits are in {@code requests.workspace}, the
 * windows in {@code requests.ui}; {@code storage.RequestRepository} keeps the requests and the evidence.
 */
package org.luoshi.requests;
