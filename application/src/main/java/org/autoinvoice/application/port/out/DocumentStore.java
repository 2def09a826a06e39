package org.autoinvoice.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Out-port: the invoice directory. A document is first staged (written completely to a temporary
 * file), then published atomically under its final name, or discarded; a reader never sees a
 * partial file (rules D9, D10).
 */
public interface DocumentStore {
  /** Writes a document's bytes somewhere. */
  @FunctionalInterface
  interface DocumentWriter {
    void write(OutputStream out) throws IOException;
  }

  /** A completely written document waiting to be published or discarded. */
  interface StagedDocument {
    String fileName();

    /** Moves the document into place atomically, replacing an older file of that name. */
    void publish() throws IOException;

    /** Removes the staged (or, after publish, the published) file; never throws. */
    void discard();
  }

  StagedDocument stage(String fileName, DocumentWriter writer) throws IOException;

  Optional<InputStream> open(String fileName) throws IOException;

  boolean delete(String fileName) throws IOException;
}
