package ducha.app.internal.reminders;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import ducha.core.spi.Reminder.Urgency;

/** Colour, icon and label of each urgency, shared by the 提醒 part and the indicator; disposed with its owner. */
final class UrgencyStyle {

	private static final int ICON_SIZE = 14;

	private final Map<Urgency, Color> colors = new EnumMap<>(Urgency.class);
	private final Map<Urgency, Color> backgrounds = new EnumMap<>(Urgency.class);
	private final Map<Urgency, Image> icons = new EnumMap<>(Urgency.class);

	UrgencyStyle(Display display) {
		colors.put(Urgency.OVERDUE, new Color(new RGB(192, 32, 32)));
		colors.put(Urgency.DUE_SOON, new Color(new RGB(214, 120, 0)));
		colors.put(Urgency.INFO, new Color(new RGB(40, 96, 170)));
		backgrounds.put(Urgency.OVERDUE, new Color(new RGB(253, 228, 228)));
		backgrounds.put(Urgency.DUE_SOON, new Color(new RGB(255, 244, 220)));
		for (Urgency urgency : Urgency.values()) {
			icons.put(urgency, dot(display, colors.get(urgency)));
		}
	}

	static String label(Urgency urgency) {
		return switch (urgency) {
		case OVERDUE -> Messages.Reminders_overdue;
		case DUE_SOON -> Messages.Reminders_dueSoon;
		case INFO -> Messages.Reminders_info;
		};
	}

	Color color(Urgency urgency) {
		return colors.get(urgency);
	}

	/** Light row background; null (the table's own) for information. */
	Color background(Urgency urgency) {
		return backgrounds.get(urgency);
	}

	Image icon(Urgency urgency) {
		return icons.get(urgency);
	}

	void dispose() {
		icons.values().forEach(Image::dispose);
	}

	/** A filled, anti-aliased circle on a transparent square. */
	private static Image dot(Display display, Color color) {
		PaletteData palette = new PaletteData(0xFF0000, 0xFF00, 0xFF);
		ImageData data = new ImageData(ICON_SIZE, ICON_SIZE, 24, palette);
		int pixel = palette.getPixel(color.getRGB());
		double centre = (ICON_SIZE - 1) / 2.0;
		double radius = ICON_SIZE / 2.0 - 1;
		for (int y = 0; y < ICON_SIZE; y++) {
			for (int x = 0; x < ICON_SIZE; x++) {
				double outside = Math.hypot(x - centre, y - centre) - radius;
				data.setPixel(x, y, pixel);
				data.setAlpha(x, y, (int) Math.round(255 * Math.clamp(0.5 - outside, 0, 1)));
			}
		}
		return new Image(display, data);
	}
}
