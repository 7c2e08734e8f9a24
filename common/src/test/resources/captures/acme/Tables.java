package acme;

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;

/** A database: its tables are resources known only at run time. */
@Capture(
    docsUrl = "https://example.com/tables",
    config = ShopConfig.class,
    resourceConfig = TableConfig.class,
    resourcePath = {"/schema", "/table"})
public final class Tables implements CaptureConnector<ShopConfig> {}
