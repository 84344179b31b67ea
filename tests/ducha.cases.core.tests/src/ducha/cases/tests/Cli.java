package ducha.cases.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import ducha.cli.DuchaCli;

/** Runs {@code ducha-cli} in-process and captures what it prints. */
final class Cli {

	record Result(int exitCode, String out, String err) {
	}

	private Cli() {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = new DuchaCli().run(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(exit, out.toString(), err.toString());
	}
}
