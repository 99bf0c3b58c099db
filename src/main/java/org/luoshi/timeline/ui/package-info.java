/**
 * The timeline's user interface, behind one facade, {@link org.luoshi.timeline.ui.TimelineFeature}:
 * the Gantt control and its skin ({@code TimelineChart}), the view with its tool bar and legend
 * ({@code TimelinePane}), the page preview for printing and PDF, the PNG export. The app hands the
 * facade a place for its view ({@link org.luoshi.ui.ViewHost}), what the main window has on show as
 * JavaFX observables, the session, where edits go and a dialog service, and wires its menu actions to
 * the facade's methods; nothing here knows the app or the storage. Layout, scale and drawing are pure
 * and live in {@code org.luoshi.timeline}; reading and saving the horizons goes through its use case
 * {@link org.luoshi.timeline.TimelineHorizons}.
 */
package org.luoshi.timeline.ui;
