package ducha.app.internal.views;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import ducha.core.spi.TileValue;

/** One dashboard tile: title, big figure, caption; coloured by urgency; a click opens its target view. */
final class TileView {

	private static final RGB NORMAL = new RGB(245, 248, 252);
	private static final RGB WARNING = new RGB(255, 243, 214);
	private static final RGB ALERT = new RGB(253, 224, 224);

	private TileView() {
	}

	/** @param onClick called with the tile's target part id, or not at all when it has none */
	static Composite create(Composite parent, LocalResourceManager resources, DashboardEntry entry,
			Consumer<String> onClick) {
		Composite tile = new Composite(parent, SWT.BORDER);
		GridLayoutFactory.swtDefaults().margins(14, 10).spacing(4, 6).applyTo(tile);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(tile);
		Color background = resources.create(ColorDescriptor.createFrom(switch (entry.value().level()) {
		case WARNING -> WARNING;
		case ALERT -> ALERT;
		case NORMAL -> NORMAL;
		}));
		tile.setBackground(background);
		Label title = label(tile, entry.title(), background);
		title.setFont(resources.create(FontDescriptor.createFrom(title.getFont()).setStyle(SWT.BOLD)));
		Label figure = label(tile, entry.value().value(), background);
		figure.setFont(resources.create(FontDescriptor.createFrom(figure.getFont()).setHeight(24)
				.setStyle(SWT.BOLD)));
		TileValue value = entry.value();
		label(tile, value.caption() == null ? "" : value.caption(), background);
		if (entry.target() != null) {
			for (Control control : new Control[] { tile, title, figure }) {
				control.setCursor(tile.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
			}
			for (Control control : tile.getChildren()) {
				control.addListener(SWT.MouseUp, e -> onClick.accept(entry.target()));
			}
			tile.addListener(SWT.MouseUp, e -> onClick.accept(entry.target()));
		}
		return tile;
	}

	private static Label label(Composite tile, String text, Color background) {
		Label label = new Label(tile, SWT.WRAP);
		label.setText(text == null ? "" : text);
		label.setBackground(background);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}
}
