package ducha.petitions.tests;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import ducha.cli.DuchaCli;
import ducha.core.demo.DemoAccounts;

/** Runs ducha-cli in-process and captures what it prints. */
final class Cli {

	record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	private Cli() {
	}

	/** As the demo court's administrator ({@code demo} itself runs without log-in on an empty database). */
	static Result run(String... args) {
		return as(DemoAccounts.ADMIN, DemoAccounts.PASSWORD, args);
	}

	/** Logged in through DUCHA_USER and DUCHA_PASSWORD. */
	static Result as(String user, String password, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Map<String, String> login = Map.of(DuchaCli.USER_VARIABLE, user, DuchaCli.PASSWORD_VARIABLE, password);
		int exitCode = new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
		return new Result(exitCode, out.toString(), err.toString());
	}
}
