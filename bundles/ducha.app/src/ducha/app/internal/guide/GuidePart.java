package ducha.app.internal.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import ducha.app.AppModel;
import jakarta.annotation.PostConstruct;

/**
 * 帮助 → 用户指南: the short user guide, read from {@code guide_<language>.txt} next to this class (plain text:
 * a line starting with {@code # } is a heading, one starting with {@code - } an item), shown in a read-only
 * {@link StyledText}. Not a {@code Browser}: the product ships no WebKit for GTK, and the guide needs no more than
 * headings and paragraphs.
 */
public class GuidePart {

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		StyledText text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setData(AppModel.WIDGET_KEY, "guide.text");
		text.setMargins(16, 12, 16, 12);
		render(text, read());
	}

	/** Headings in bold, items with a bullet, everything else as it is written. */
	static void render(StyledText text, List<String> lines) {
		StringBuilder shown = new StringBuilder();
		List<StyleRange> headings = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("# ")) {
				StyleRange heading = new StyleRange();
				heading.start = shown.length();
				heading.length = line.length() - 2;
				heading.font = JFaceResources.getHeaderFont();
				heading.fontStyle = SWT.BOLD;
				headings.add(heading);
				shown.append(line.substring(2));
			} else if (line.startsWith("- ")) {
				shown.append("  • ").append(line.substring(2));
			} else {
				shown.append(line);
			}
			shown.append('\n');
		}
		text.setText(shown.toString());
		text.setStyleRanges(headings.toArray(StyleRange[]::new));
	}

	/** The guide in the workbench's language, else the English one. */
	static List<String> read() {
		Locale locale = Locale.getDefault();
		for (String name : List.of("guide_" + locale.getLanguage() + "_" + locale.getCountry() + ".txt",
				"guide_" + locale.getLanguage() + ".txt", "guide.txt")) {
			try (InputStream in = GuidePart.class.getResourceAsStream(name)) {
				if (in != null) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
				}
			} catch (IOException e) {
				ILog.of(GuidePart.class).warn("The user guide " + name + " could not be read", e);
			}
		}
		return List.of();
	}
}
