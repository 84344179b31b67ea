package ducha.app.internal.views;

import ducha.core.spi.TileValue;

/** A computed dashboard tile, ready to show; {@code target} is the logical view a click opens (or null). */
record DashboardEntry(String title, TileValue value, String target) {
}
