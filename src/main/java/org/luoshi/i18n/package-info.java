/**
 * The one resource bundle of the app, Chinese and English
 * ({@code org/luoshi/i18n/messages.properties} and {@code messages_zh.properties}, both with every
 * key, as a test checks), behind {@link org.luoshi.i18n.Messages}: Chinese for any Chinese locale,
 * English for the rest, the window's choice applied at start before any text is made; a missing key
 * shows as {@code !key!}. {@link org.luoshi.i18n.Dates} writes dates the reader's way (2023年3月31日).
 * Documents take their words from {@link org.luoshi.i18n.DocumentTexts} instead: the document language
 * (Chinese unless the workspace says ENGLISH), whatever the window shows.
 * Depends on nothing, and every package may use it.
 */
package org.luoshi.i18n;
