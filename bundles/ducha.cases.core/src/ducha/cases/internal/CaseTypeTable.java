package ducha.cases.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ducha.cases.CaseFamily;
import ducha.cases.CaseStage;
import ducha.cases.CaseType;
import ducha.core.EditDistance;

/**
 * The case-type table of {@code ducha/cases/case-types.tsv}, read once when first asked: one line per code (代字,
 * 大类, 程序, 名称, separated by tabs), {@code #} lines are comments. A line that does not fit is a defect of the
 * bundle, so it fails loudly instead of leaving a code out.
 */
public final class CaseTypeTable {

	public static final CaseTypeTable INSTANCE = read();

	private static final String FILE = "case-types.tsv";

	private final List<CaseType> all;
	private final Map<String, CaseType> byCode;

	private CaseTypeTable(List<CaseType> all) {
		this.all = List.copyOf(all);
		Map<String, CaseType> map = new LinkedHashMap<>();
		for (CaseType type : all) {
			if (map.put(type.code(), type) != null) {
				throw new IllegalStateException(FILE + ": code " + type.code() + " twice");
			}
		}
		this.byCode = Collections.unmodifiableMap(map);
	}

	public List<CaseType> all() {
		return all;
	}

	public Map<String, CaseType> byCode() {
		return byCode;
	}

	/**
	 * The type nearest to the text: fewest characters inserted, deleted or changed; among equals the one sharing the
	 * longest beginning with the text (行赔 finds 行赔初 before 行再), then the first in the table.
	 */
	public CaseType closest(String text) {
		String t = text == null ? "" : text;
		return all.stream().min(Comparator.<CaseType>comparingInt(c -> EditDistance.between(t, c.code()))
				.thenComparing(Comparator.<CaseType>comparingInt(c -> commonPrefix(t, c.code())).reversed()))
				.orElseThrow();
	}

	private static int commonPrefix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
			n++;
		}
		return n;
	}

	private static CaseTypeTable read() {
		try (InputStream in = CaseType.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException(FILE + " is missing from the bundle");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<CaseType> types = new ArrayList<>();
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (!line.isBlank() && !line.startsWith("#")) {
					types.add(parse(line, number));
				}
			}
			return new CaseTypeTable(types);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CaseType parse(String line, int number) {
		String[] cells = line.split("\t", -1);
		CaseFamily family = cells.length == 4 ? CaseFamily.parse(cells[1]) : null;
		CaseStage stage = cells.length == 4 ? CaseStage.parse(cells[2]) : null;
		if (family == null || stage == null || cells[0].isBlank() || cells[3].isBlank()) {
			throw new IllegalStateException(FILE + " line " + number + " is not 代字, 大类, 程序, 名称: " + line);
		}
		return new CaseType(cells[0].strip(), cells[3].strip(), family, stage);
	}
}
