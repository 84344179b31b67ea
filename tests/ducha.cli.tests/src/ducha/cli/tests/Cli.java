package ducha.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import ducha.cli.DuchaCli;

/** Runs {@link DuchaCli} in-process and captures what it prints. */
final class Cli {

	record Result(int exitCode, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
		}
	}

	private Cli() {
	}

	static Result run(String... args) {
		return runWithInput("", args);
	}

	static Result runWithInput(String stdin, String... args) {
		InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = new DuchaCli(in).run(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(exitCode, out.toString(), err.toString());
	}
}
