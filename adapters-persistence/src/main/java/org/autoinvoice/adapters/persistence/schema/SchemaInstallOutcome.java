package org.autoinvoice.adapters.persistence.schema;

/** What {@link DnlSchemaInstaller#installIfEmpty()} found and did. */
public enum SchemaInstallOutcome {
  /** The database was empty; the DNL migration ran and committed. */
  INSTALLED,
  /** The DNL tables were already there; nothing was changed. */
  ALREADY_PRESENT,
  /** The database holds other tables but no DNL {@code client} table; nothing was changed. */
  FOREIGN_TABLES_PRESENT
}
