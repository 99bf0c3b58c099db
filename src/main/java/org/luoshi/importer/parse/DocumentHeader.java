package org.luoshi.importer.parse;

import java.time.LocalDate;

/** The front matter of a plan document: notice, plan title, document number, signature. */
public record DocumentHeader(String notice, String title, String docNumber, String issuer, LocalDate issuedOn) {
}
