package org.modelgate.web.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * JDBC access of the test to the database the server under test uses: to check what was really
 * committed, and to hold locks that stop a request inside its transaction.
 */
final class FaultDatabase {

  private final String url;
  private final String user;
  private final String password;

  private FaultDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /**
   * Drops {@code name} on the server at {@code serverUrl} (a URL without database) and creates it
   * anew.
   */
  static FaultDatabase fresh(String serverUrl, String name, String user, String password)
      throws SQLException {
    if (!name.matches("modelgate_fault\\w*")) {
      throw new IllegalArgumentException(
          "fault test databases are named modelgate_fault*, not " + name);
    }
    try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    }
    return new FaultDatabase(serverUrl + name, user, password);
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  long count(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  String string(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  int update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
