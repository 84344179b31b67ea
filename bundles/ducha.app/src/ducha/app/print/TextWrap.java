package ducha.app.print;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;

/** Texts measured with the GC's font: wrapped to a width, or their widest line. */
final class TextWrap {

	private TextWrap() {
	}

	/**
	 * A text in lines no wider than {@code width}: at its own line breaks, then wherever the width is full (Chinese
	 * breaks between any two characters), after a space when one is in the line's second half (Latin words).
	 */
	static List<String> wrap(GC gc, String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\r?\n", -1)) {
			int start = 0;
			if (paragraph.isEmpty()) {
				lines.add("");
				continue;
			}
			while (start < paragraph.length()) {
				String rest = paragraph.substring(start);
				if (gc.textExtent(rest).x <= width) {
					lines.add(rest);
					break;
				}
				int low = start + 1;
				int high = paragraph.length();
				while (low < high) {
					int middle = (low + high + 1) >>> 1;
					if (gc.textExtent(paragraph.substring(start, middle)).x <= width) {
						low = middle;
					} else {
						high = middle - 1;
					}
				}
				int end = low;
				if (end - start > 1 && Character.isHighSurrogate(paragraph.charAt(end - 1))) {
					end--;
				}
				int space = paragraph.lastIndexOf(' ', end - 1);
				if (space > start + (end - start) / 2) {
					end = space + 1;
				}
				lines.add(paragraph.substring(start, end).stripTrailing());
				start = end;
				while (start < paragraph.length() && paragraph.charAt(start) == ' ') {
					start++;
				}
			}
		}
		return lines;
	}

	static int widestLine(GC gc, String text) {
		int widest = 0;
		for (String line : text.split("\r?\n")) {
			widest = Math.max(widest, gc.textExtent(line).x);
		}
		return widest;
	}
}
