package ducha.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import ducha.cli.DuchaCli;
import ducha.core.demo.DemoAccounts;

/** Runs {@link DuchaCli} in-process with a chosen log-in environment and captures what it prints. */
final class Cli {

	/** No log-in variables at all: what a command sees when nobody logs in. */
	static final Map<String, String> NOBODY = Map.of();

	record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	private Cli() {
	}

	/** As the demo court's administrator (seeded first if no test did yet). */
	static Result run(String... args) {
		return runWithInput("", args);
	}

	/** As the demo court's administrator, with the given standard input. */
	static Result runWithInput(String stdin, String... args) {
		DemoCourt.ensureSeeded();
		return as(DemoAccounts.ADMIN, DemoAccounts.PASSWORD, stdin, args);
	}

	/** With {@code DUCHA_USER} and {@code DUCHA_PASSWORD} set. */
	static Result as(String user, String password, String stdin, String... args) {
		return withEnvironment(Map.of(DuchaCli.USER_VARIABLE, user, DuchaCli.PASSWORD_VARIABLE, password), stdin,
				args);
	}

	/** Without any log-in. */
	static Result anonymous(String... args) {
		return withEnvironment(NOBODY, "", args);
	}

	static Result withEnvironment(Map<String, String> environment, String stdin, String... args) {
		InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = new DuchaCli(in, environment).run(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(exitCode, out.toString(), err.toString());
	}
}
