package ducha.petitions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ducha.core.demo.DemoAccounts;
import ducha.core.demo.DemoService;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.StaffQuery;
import ducha.core.security.Principal;
import ducha.core.security.UserService;
import ducha.core.spi.DemoSeeder;
import ducha.petitions.Channel;
import ducha.petitions.Intake;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.Reporter;

/**
 * The demo court (seeded once through {@code ducha-cli demo}, which also runs the petitions demo seeder) and its
 * log-in accounts as principals: director (office director), supervisor (full-time supervisor, a handler),
 * leader (court leader: may see petitions, not handle them), political (no petitions rights), staff.
 */
final class Court {

	static final Principal ADMIN = Principal.system("tester");
	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static boolean seeded;
	private static Cli.Result demoRun;

	private Court() {
	}

	static synchronized Cli.Result ensureSeeded() {
		if (!seeded) {
			// the plugin's seeder registers once its persistence unit deployed: the demo must not run before it
			Osgi.service(DemoSeeder.class);
			if (Osgi.service(DemoService.class).isEmpty()) {
				demoRun = Cli.run("demo");
				assertEquals(0, demoRun.exitCode(), demoRun::toString);
			}
			Osgi.service(PetitionService.class);
			seeded = true;
		}
		return demoRun;
	}

	static Principal login(String username) {
		ensureSeeded();
		return Osgi.service(UserService.class).authenticate(username, DemoAccounts.PASSWORD.toCharArray())
				.orElseThrow(() -> new AssertionError("demo account " + username + " cannot log in"));
	}

	static Principal director() {
		return login(DemoAccounts.DIRECTOR);
	}

	static Principal supervisor() {
		return login(DemoAccounts.SUPERVISOR);
	}

	static Principal leader() {
		return login(DemoAccounts.LEADER);
	}

	/** Serving staff of a trial department who hold no demo account (safe to report). */
	static List<String> judges(int n) {
		ensureSeeded();
		return Osgi.service(DirectoryService.class).staff(StaffQuery.ALL, ADMIN).stream()
				.filter(s -> "审判员".equals(s.position())).map(s -> s.staffNo()).limit(n).toList();
	}

	/**
	 * The 工号 of a serving clerk whom no test reports and no demo account uses: for the accounts a test makes (an
	 * account without a 工号 sees no petition).
	 */
	static String unreportedStaffNo() {
		ensureSeeded();
		List<String> clerks = Osgi.service(DirectoryService.class).staff(StaffQuery.ALL, ADMIN).stream()
				.filter(s -> "书记员".equals(s.position())).map(s -> s.staffNo()).toList();
		return clerks.get(clerks.size() - 1);
	}

	/** A reporter's name and contact unique to one test, so that finding it anywhere means a leak. */
	static Reporter uniqueReporter() {
		int n = SEQUENCE.incrementAndGet();
		return Reporter.named("欧阳明远" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10) + n, "1390000" + String.format("%04d", n));
	}

	/** The petition's stored version, as a desktop that shows it now would name it in its next step. */
	static long seen(String number) {
		return Osgi.service(PetitionService.class).get(number, director()).version();
	}

	static Petition register(Reporter reporter, LocalDate received, List<String> reported) {
		return Osgi.service(PetitionService.class).register(new Intake(Channel.LETTER, received, reporter, reported,
				"来信反映其违规会见当事人", "违反廉洁纪律", null, null), director());
	}
}
