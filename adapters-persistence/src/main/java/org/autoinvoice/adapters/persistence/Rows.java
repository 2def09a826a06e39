package org.autoinvoice.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Null-aware reads of DNL columns and conversions of bound values. */
final class Rows {
  private Rows() {}

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  static int integer(ResultSet rs, String column, int whenNull) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? whenNull : v;
  }

  static long count(ResultSet rs, String column) throws SQLException {
    return rs.getLong(column);
  }

  static boolean flag(ResultSet rs, String column, boolean whenNull) throws SQLException {
    boolean v = rs.getBoolean(column);
    return rs.wasNull() ? whenNull : v;
  }

  static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    BigDecimal v = rs.getBigDecimal(column);
    return v == null ? BigDecimal.ZERO : v;
  }

  static String text(ResultSet rs, String column, String whenNull) throws SQLException {
    String v = rs.getString(column);
    return v == null ? whenNull : v;
  }
}
