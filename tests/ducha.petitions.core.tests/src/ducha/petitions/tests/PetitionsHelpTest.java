package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import ducha.cli.ExitCodes;
import ducha.core.Language;

/**
 * {@code ducha-cli petitions … --help} comes from the plugin's help bundle: Chinese by default, English when chosen,
 * with the platform's descriptions of the inherited log-in options kept.
 */
class PetitionsHelpTest {

	@Test
	void helpIsChineseUnlessEnglishIsChosen() {
		Cli.Result chinese = Cli.run("petitions", "reveal", "--help");
		Cli.Result english = inEnglish("petitions", "clearance-notice", "--help");

		assertEquals(ExitCodes.OK, chinese.exitCode(), chinese::toString);
		assertTrue(chinese.out().contains("向承办人或督察室主任显示举报人身份") && chinese.out().contains("查看身份的理由")
				&& chinese.out().contains("信访件编号"), chinese::toString);
		assertTrue(english.out().contains("Writes the clearance notice of a clearance as DOCX or PDF")
				&& english.out().contains("docx or pdf (default: pdf).")
				&& english.out().contains("The clearance's id"), english::toString);
		assertFalse(english.out().contains("澄清"), english::toString);
	}

	@Test
	void everyPetitionsCommandIsDescribedInEnglishToo() {
		Map<String, String> described = Map.of("petitions", "Petitions and reports: list, show",
				"petitions list", "Lists the petitions you may see", "petitions show", "Shows one petition",
				"petitions reads", "Lists who read the reporter identity",
				"petitions export", "Exports the petitions ledger", "petitions reception", "The reception calendar",
				"petitions clues", "The clue screening library", "petitions clues list", "Lists the clues",
				"petitions clues import", "Imports flagged cases from a ledger");
		described.forEach((command, description) -> {
			Cli.Result help = inEnglish((command + " --help").split(" "));
			assertTrue(help.out().contains(description), () -> command + ":\n" + help);
		});
	}

	private static Cli.Result inEnglish(String... args) {
		String chosen = System.getProperty(Language.PROPERTY);
		System.setProperty(Language.PROPERTY, "en");
		try {
			return Cli.run(args);
		} finally {
			if (chosen == null) {
				System.clearProperty(Language.PROPERTY);
			} else {
				System.setProperty(Language.PROPERTY, chosen);
			}
		}
	}
}
