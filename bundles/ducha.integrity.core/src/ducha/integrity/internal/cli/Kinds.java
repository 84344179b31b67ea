package ducha.integrity.internal.cli;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.integrity.internal.Messages;

/** The ledger kinds of the integrity plugin by their short command-line names (talks → integrity.talks). */
final class Kinds {

	static final List<String> NAMES = List.of("talks", "dispositions", "risk-measures", "rules", "books",
			"recommendations", "activities", "analyses");

	private Kinds() {
	}

	static String ledgerId(String name) {
		String n = name.startsWith("integrity.") ? name.substring("integrity.".length()) : name;
		if (!NAMES.contains(n)) {
			throw new ValidationException(NLS.bind(Messages.cliUnknownLedger, name, String.join("、", NAMES)));
		}
		return "integrity." + n;
	}
}
