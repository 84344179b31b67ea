package ducha.petitions.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import ducha.core.demo.DemoAccounts;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.Principal;
import ducha.petitions.Conclusion;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;

/**
 * What the ledger tests of a court's past year share: a year emptied of the rows a ledger brings (the tests' data
 * folder may hold an earlier run's), petitions concluded through the service, ledger files written and imported.
 */
final class PastYear {

	private PastYear() {
	}

	/** Deletes the rows of the table dated in the year, as if the court had not recorded that year yet. */
	static void empty(String table, String dateColumn, int year) throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection();
				PreparedStatement s = c.prepareStatement(
						"delete from " + table + " where " + dateColumn + " between ? and ?")) {
			s.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
			s.setDate(2, Date.valueOf(LocalDate.of(year, 12, 31)));
			s.executeUpdate();
		}
		Osgi.petitionsUnit().getCache().evictAll();
	}

	/** A petition registered at intake naming the staff, verified by the supervisor and concluded on the day. */
	static Petition concluded(LocalDate received, List<String> reported, Conclusion conclusion, LocalDate on) {
		return concluded(received, reported, conclusion, on, DemoAccounts.SUPERVISOR);
	}

	/** As above, verified by the given account (the supervisor stands aside from a petition that names them). */
	static Petition concluded(LocalDate received, List<String> reported, Conclusion conclusion, LocalDate on,
			String handler) {
		PetitionService petitions = Osgi.service(PetitionService.class);
		Petition p = Court.register(Court.uniqueReporter(), received, reported);
		Principal verifier = Court.login(handler);
		petitions.assign(p.number(), Court.seen(p.number()), List.of(handler), Court.director());
		petitions.startVerification(p.number(), Court.seen(p.number()), verifier);
		petitions.conclude(p.number(), Court.seen(p.number()), conclusion, "核查情况", on, verifier);
		return petitions.get(p.number(), Court.director());
	}

	static Path write(Path folder, String name, String content) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	static LedgerImportResult importFile(String kind, Path file, Principal actor) {
		return Osgi.service(LedgerService.class).importFile(kind, file, actor);
	}

	static List<List<String>> rows(String kind, Principal reader) {
		return Osgi.service(LedgerService.class).kind(kind).orElseThrow().exportRows(reader);
	}

	/** Each problem as file:row:column. */
	static List<String> located(LedgerValidationException rejected) {
		return rejected.ledgerProblems().stream().map(p -> p.file() + ":" + p.row() + ":" + p.column()).toList();
	}
}
