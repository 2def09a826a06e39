package org.autoinvoice.application.port.out;

/** The carrier's logo, already scaled to fit the invoice header: image bytes and media type. */
public record LogoImage(byte[] bytes, String mediaType) {}
