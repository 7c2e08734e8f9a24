package flowcdk.example.api;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo tables of the embedded H2 database ({@code seed_demo_data}): customers, products and
 * orders, each with a primary key and an {@code updated_at} cursor (captured incrementally with a
 * backfill), and page_views without a primary key (captured by snapshots). The rows are the same on
 * every machine (a fixed random seed); several orders share each {@code updated_at} value.
 */
final class DemoData {

  static final List<String> TABLES = List.of("customers", "products", "orders", "page_views");
  static final int CUSTOMERS = 2000;
  static final int PRODUCTS = 300;
  static final int ORDERS = 5000;
  static final int PAGE_VIEWS = 1000;

  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  private static final String[] COUNTRIES = {"DE", "FR", "US", "BR", "JP", "IN", "NG", "SE"};
  private static final String[] STATUSES = {"placed", "paid", "shipped", "delivered", "returned"};
  private static final String[] TAGS = {"new", "sale", "eco", "gift", "bulk"};

  private DemoData() {}

  /**
   * Creates and fills the demo tables in schema {@code public} if none of them exists; does nothing
   * if any does (it is then the user's database).
   */
  static void seedIfMissing(Connection connection) throws SQLException {
    try (PreparedStatement existing =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN (?, ?, ?, ?)")) {
      for (int i = 0; i < TABLES.size(); i++) {
        existing.setString(i + 1, TABLES.get(i));
      }
      try (ResultSet rows = existing.executeQuery()) {
        rows.next();
        if (rows.getInt(1) > 0) {
          return;
        }
      }
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      create(connection);
      fill(connection, new Random(42));
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void create(Connection connection) throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(
          """
          CREATE TABLE public.customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200),
            country CHAR(2), signed_up DATE NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
      ddl.execute(
          """
          CREATE TABLE public.products (sku VARCHAR(20) PRIMARY KEY, title VARCHAR(200) NOT NULL,
            price NUMERIC(10, 2) NOT NULL, tags VARCHAR(20) ARRAY, updated_at TIMESTAMP NOT NULL)""");
      ddl.execute(
          """
          CREATE TABLE public.orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, sku VARCHAR(20) NOT NULL,
            quantity INTEGER NOT NULL, total NUMERIC(12, 2) NOT NULL, status VARCHAR(20) NOT NULL, details JSON,
            updated_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
      ddl.execute("CREATE INDEX orders_updated_at ON public.orders (updated_at)");
      ddl.execute(
          """
          CREATE TABLE public.page_views (path VARCHAR(200) NOT NULL, visitor UUID NOT NULL,
            viewed_at TIMESTAMP NOT NULL)""");
    }
  }

  private static void fill(Connection connection, Random random) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO public.customers VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int id = 1; id <= CUSTOMERS; id++) {
        insert.setLong(1, id);
        insert.setString(2, "Customer " + id);
        insert.setString(3, id % 10 == 0 ? null : "customer" + id + "@example.com");
        insert.setString(4, COUNTRIES[random.nextInt(COUNTRIES.length)]);
        insert.setObject(5, LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1400)));
        insert.setObject(6, START.plusSeconds(id * 60L).atOffset(ZoneOffset.UTC));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO public.products VALUES (?, ?, ?, ?, ?)")) {
      for (int n = 1; n <= PRODUCTS; n++) {
        insert.setString(1, String.format("SKU-%05d", n));
        insert.setString(2, "Product " + n);
        insert.setBigDecimal(3, BigDecimal.valueOf(100 + random.nextInt(99_900), 2));
        insert.setObject(4, new Object[] {TAGS[n % TAGS.length], TAGS[(n / 2) % TAGS.length]});
        insert.setObject(5, LocalDateTime.ofInstant(START.plusSeconds(n * 3600L), ZoneOffset.UTC));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO public.orders VALUES (?, ?, ?, ?, ?, ?, ? FORMAT JSON, ?)")) {
      for (int id = 1; id <= ORDERS; id++) {
        int quantity = 1 + random.nextInt(5);
        insert.setLong(1, id);
        insert.setLong(2, 1 + random.nextInt(CUSTOMERS));
        insert.setString(3, String.format("SKU-%05d", 1 + random.nextInt(PRODUCTS)));
        insert.setInt(4, quantity);
        insert.setBigDecimal(5, BigDecimal.valueOf(quantity * (100L + random.nextInt(99_900)), 2));
        insert.setString(6, STATUSES[random.nextInt(STATUSES.length)]);
        insert.setString(
            7,
            id % 7 == 0
                ? null
                : "{\"channel\":\""
                    + (id % 2 == 0 ? "web" : "app")
                    + "\",\"gift\":"
                    + (id % 5 == 0)
                    + "}");
        insert.setObject(
            8, START.plusSeconds((id / 3) * 60L).atOffset(ZoneOffset.UTC)); // 3 orders per minute
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO public.page_views VALUES (?, ?, ?)")) {
      for (int n = 0; n < PAGE_VIEWS; n++) {
        insert.setString(1, "/products/SKU-" + String.format("%05d", 1 + random.nextInt(PRODUCTS)));
        insert.setObject(2, new UUID(random.nextLong(), random.nextLong()));
        insert.setObject(3, LocalDateTime.ofInstant(START.plusSeconds(n * 17L), ZoneOffset.UTC));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
