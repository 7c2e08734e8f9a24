package acme;

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;

/** A shop API: orders incrementally, regions by snapshots. */
@Capture(
    docsUrl = "https://example.com/shop",
    config = ShopConfig.class,
    resources = {Orders.class, Regions.class})
public final class Shop implements CaptureConnector<ShopConfig> {}
