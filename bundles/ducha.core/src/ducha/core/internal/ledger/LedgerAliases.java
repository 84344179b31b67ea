package ducha.core.internal.ledger;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ducha.core.DataFolder;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * The court's own words for the values of the ledgers' closed lists (问题类型, 处理方式, 约谈层级, …): the file
 * {@value #FILE} in the data folder, UTF-8, one {@code 别名 = 标准值} a line ({@code #} starts a comment). An alias
 * stands for its value wherever that value is accepted, so one alias may name values of several lists. Read at the
 * first value of an import that no list accepts, so a change needs no restart.
 */
public final class LedgerAliases {

	/** The file's name in the data folder. */
	public static final String FILE = "ledger.aliases";

	private static final LedgerAliases NONE = new LedgerAliases(Map.of());

	private final Map<String, List<String>> values;

	private LedgerAliases(Map<String, List<String>> values) {
		this.values = values;
	}

	/**
	 * The aliases of {@value #FILE} in the data folder; none when there is no such file.
	 *
	 * @throws LedgerValidationException naming the file and the line that is not {@code 别名 = 标准值}
	 */
	public static LedgerAliases configured() {
		Path file = DataFolder.get().resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return NONE;
		}
		try {
			return parse(FILE, Files.readAllLines(file, StandardCharsets.UTF_8));
		} catch (CharacterCodingException e) {
			throw broken(0, Messages.Aliases_notUtf8);
		} catch (IOException e) {
			throw broken(0, Messages.format(Messages.Reader_unreadable, String.valueOf(e.getMessage())));
		}
	}

	/** The aliases of the lines, as {@value #FILE} holds them. */
	static LedgerAliases parse(String fileName, List<String> lines) {
		Map<String, List<String>> values = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).replace("\uFEFF", "").strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			String alias = equals < 0 ? "" : line.substring(0, equals).strip();
			String value = equals < 0 ? "" : line.substring(equals + 1).strip();
			if (alias.isEmpty() || value.isEmpty()) {
				throw broken(i + 1, Messages.format(Messages.Aliases_badLine, line));
			}
			values.computeIfAbsent(alias, a -> new ArrayList<>()).add(value);
		}
		return new LedgerAliases(values);
	}

	/** The values the text stands for, in the file's order; empty when it is no alias. */
	public List<String> valuesOf(String text) {
		return values.getOrDefault(text.strip(), List.of());
	}

	private static LedgerValidationException broken(int line, String reason) {
		return new LedgerValidationException(List.of(new LedgerProblem(FILE, line, null, reason)));
	}
}
