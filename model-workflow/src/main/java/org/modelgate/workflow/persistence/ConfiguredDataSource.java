package org.modelgate.workflow.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical connection factory behind the container's pool ({@code WEB-INF/web.xml}). It reads
 * URL and credentials from {@link DatabaseSettings} and picks the JDBC driver that accepts the URL,
 * so one class name serves H2 and PostgreSQL and the database is chosen by configuration alone. The
 * container pools its connections and enlists them in JTA transactions; it is deliberately not an
 * XA source (one resource serves the application and the engine).
 */
public class ConfiguredDataSource implements DataSource {

  private final DatabaseSettings settings = DatabaseSettings.fromConfig();
  private final Driver driver = driverFor(settings.url());
  private PrintWriter logWriter;
  private int loginTimeout;

  private static Driver driverFor(String url) {
    for (Driver candidate :
        ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
      try {
        if (candidate.acceptsURL(url)) {
          return candidate;
        }
      } catch (SQLException e) {
        // this driver cannot judge the URL; try the next
      }
    }
    throw new IllegalStateException(
        "No JDBC driver in the application accepts "
            + DatabaseSettings.DB_URL
            + "="
            + url
            + " (supported: jdbc:h2:..., jdbc:postgresql://...)");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(settings.user(), settings.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return driver.connect(settings.url(), properties);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
