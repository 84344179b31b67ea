package ducha.core.demo;

import java.util.List;

/** One line per seeder: what it created. */
public record DemoReport(List<String> lines) {

	public DemoReport {
		lines = List.copyOf(lines);
	}
}
