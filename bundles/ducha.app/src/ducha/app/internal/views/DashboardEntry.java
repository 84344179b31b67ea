package ducha.app.internal.views;

import ducha.core.spi.TileValue;

/** A computed dashboard tile, ready to show. */
record DashboardEntry(String title, TileValue value, String targetPartId) {
}
