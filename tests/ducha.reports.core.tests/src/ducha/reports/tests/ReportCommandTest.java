package ducha.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;

class ReportCommandTest {

	private static final String OPERATOR = "report-operator";
	private static final String PASSWORD = "Bericht-Kennwort-1";

	private static FakePlugin inspections;

	record Result(int exitCode, String out, String err) {
	}

	@BeforeAll
	static void installOnePlugin() {
		inspections = Plugins.inspections().install();
	}

	@AfterAll
	static void removeIt() {
		inspections.close();
	}

	/** Logged in as an administrator account of the tests (DUCHA_USER, DUCHA_PASSWORD), created on first use. */
	private static Result cli(String... args) {
		UserService users = Services.get(UserService.class);
		if (users.user(OPERATOR).isEmpty()) {
			users.addUser(new UserAccount(OPERATOR, OPERATOR, null, Set.of(Role.ADMIN), DepartmentScope.ALL, true),
					PASSWORD.toCharArray(), Principal.system("tester"));
			ownPassword(users, OPERATOR);
		}
		return cliAs(OPERATOR, PASSWORD, args);
	}

	/** The account replaces the password the administrator set, as ducha-cli asks at the first log-in. */
	private static void ownPassword(UserService users, String user) {
		users.changePassword(user, PASSWORD.toCharArray(),
				users.authenticate(user, PASSWORD.toCharArray()).orElseThrow());
	}

	private static Result cliAs(String user, String password, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Map<String, String> login = Map.of(DuchaCli.USER_VARIABLE, user, DuchaCli.PASSWORD_VARIABLE, password);
		int exit = new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
		return new Result(exit, out.toString(), err.toString());
	}

	@Test
	void aDepartmentScopedAccountMayNotCompileTheCourtWideSummary(@TempDir Path folder) {
		String user = "report-staff";
		UserService users = Services.get(UserService.class);
		if (users.user(user).isEmpty()) {
			users.addUser(new UserAccount(user, user, null, Set.of(Role.STAFF, Role.DEPARTMENT_HEAD),
					DepartmentScope.of(Set.of("MS1")), true), PASSWORD.toCharArray(), Principal.system("tester"));
			ownPassword(users, user);
		}
		Path xlsx = folder.resolve("summary.xlsx");

		Result result = cliAs(user, PASSWORD, "report", "--from", "2024-01-01", "--to", "2024-12-31", "--format",
				"xlsx", "--out", xlsx.toString());

		assertEquals(ExitCodes.NOT_PERMITTED, result.exitCode(), result::toString);
		assertTrue(result.err().contains("reports.read"), result.err());
		assertFalse(Files.exists(xlsx));
	}

	@Test
	void csvGoesToStandardOutputInTheContractsShape() {
		Result result = cli("report", "--from", "2024-01-01", "--to", "2024-12-31", "--format", "csv");

		assertEquals(0, result.exitCode(), result::toString);
		assertEquals("""
				section,key,value,label
				inspections,inspections.inspections,45,开展督察（次）
				inspections,inspections.bulletins,9,通报（期）
				""", result.out());
	}

	@Test
	void aPdfIsWrittenToTheNamedFile(@TempDir Path folder) throws IOException {
		Path pdf = folder.resolve("总结.pdf");

		Result result = cli("report", "--from", "2024-01-01", "--to", "2024-06-30", "--format", "pdf", "--out",
				pdf.toString());

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
	}

	@Test
	void binaryFormatsNeedAFileAndBadDatesAreNamed() {
		Result noFile = cli("report", "--from", "2024-01-01", "--to", "2024-12-31", "--format", "docx");
		Result badDate = cli("report", "--from", "2024-13-01", "--to", "2024-12-31");

		assertEquals(2, noFile.exitCode(), noFile::toString);
		assertTrue(noFile.err().contains("--out"), noFile::toString);
		assertEquals(2, badDate.exitCode(), badDate::toString);
		assertTrue(badDate.err().contains("2024-13-01"), badDate::toString);
	}
}
