/**
 * What every file Luoshi writes shares, whatever its format. {@link org.luoshi.files.SafeText}
 * removes the characters no file format should carry (control characters, lone surrogates,
 * non-characters) from text before it is written; {@link org.luoshi.files.FileNameFit} makes a
 * name for a file out of any text — the characters file systems refuse replaced, cut by UTF-8 bytes
 * on a grapheme boundary to fit the folder, kept unique; {@link org.luoshi.files.AtomicFiles}
 * writes a file through a temporary file moved into place, created with the permissions the user's
 * umask gives, and reports the real reason a write failed; {@link org.luoshi.files.IoReason} says
 * that reason in one line. Pure: no JavaFX; it depends on nothing of Luoshi but {@code i18n}.
 */
package org.luoshi.files;
