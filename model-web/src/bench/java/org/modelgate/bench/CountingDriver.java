package org.modelgate.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A JDBC driver for URLs {@code jdbc:counting:postgresql://...} that hands every call to the
 * PostgreSQL driver and counts the SQL statements sent (each {@code execute*} call, each batched
 * statement) and the commits. The benchmark uses the same class in both contestants — in its own
 * JVM for the raw engine, and in Payara Micro's class path ({@code --addlibs}) for the application,
 * where the counts are served as plain text at {@code http://127.0.0.1:<countingjdbc.port>/} —
 * because {@code pg_stat_statements} is not preloaded on the shared server.
 */
public final class CountingDriver implements Driver {

  public static final String PREFIX = "jdbc:counting:";
  public static final AtomicLong STATEMENTS = new AtomicLong();
  public static final AtomicLong COMMITS = new AtomicLong();

  /** Calls that went to the server: a batch of statements counts once. */
  public static final AtomicLong ROUND_TRIPS = new AtomicLong();

  static {
    try {
      DriverManager.registerDriver(new CountingDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
    String port = System.getProperty("countingjdbc.port");
    if (port != null) {
      try {
        HttpServer server =
            HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 4);
        server.createContext(
            "/",
            exchange -> {
              byte[] body =
                  (STATEMENTS.get() + " " + ROUND_TRIPS.get() + " " + COMMITS.get())
                      .getBytes(StandardCharsets.US_ASCII);
              exchange.sendResponseHeaders(200, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            });
        server.start();
      } catch (IOException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  /** With {@code -Dcountingjdbc.log=FILE}, every statement's SQL goes there, one per line. */
  private static final java.io.PrintWriter LOG = openLog();

  private static java.io.PrintWriter openLog() {
    String file = System.getProperty("countingjdbc.log");
    if (file == null) {
      return null;
    }
    try {
      return new java.io.PrintWriter(
          java.nio.file.Files.newBufferedWriter(
              java.nio.file.Path.of(file), StandardCharsets.UTF_8),
          true);
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static void log(String what) {
    if (LOG != null) {
      synchronized (LOG) {
        LOG.println(what.replaceAll("\\s+", " "));
      }
    }
  }

  private final Driver postgres = new org.postgresql.Driver();

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Connection real = postgres.connect("jdbc:" + url.substring(PREFIX.length()), info);
    return (Connection) counting(real, Connection.class, null);
  }

  private static Object counting(Object target, Class<?> type, String preparedSql) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if (target instanceof Statement) {
            if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
              Object result = invoke(method, target, args);
              ROUND_TRIPS.incrementAndGet();
              int size = result instanceof int[] ints ? ints.length : ((long[]) result).length;
              STATEMENTS.addAndGet(size);
              log("BATCH x" + size + " " + preparedSql);
              return result;
            }
            if (name.startsWith("execute")) {
              STATEMENTS.incrementAndGet();
              ROUND_TRIPS.incrementAndGet();
              log(
                  args != null && args.length > 0 && args[0] instanceof String sql
                      ? sql
                      : String.valueOf(preparedSql));
            }
          } else if (name.equals("commit")) {
            COMMITS.incrementAndGet();
            log("COMMIT");
          }
          Object result = invoke(method, target, args);
          if (target instanceof Connection
              && result instanceof Statement
              && (name.startsWith("prepare") || name.equals("createStatement"))) {
            Class<?> face =
                name.equals("prepareCall")
                    ? java.sql.CallableStatement.class
                    : name.equals("prepareStatement")
                        ? java.sql.PreparedStatement.class
                        : Statement.class;
            return counting(
                result,
                face,
                args != null && args.length > 0 && args[0] instanceof String sql ? sql : null);
          }
          return result;
        };
    return Proxy.newProxyInstance(
        CountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
