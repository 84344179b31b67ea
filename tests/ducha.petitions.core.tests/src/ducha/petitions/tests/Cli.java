package ducha.petitions.tests;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import ducha.cli.DuchaCli;

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

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = new DuchaCli(new ByteArrayInputStream(new byte[0])).run(args, new PrintWriter(out),
				new PrintWriter(err));
		return new Result(exitCode, out.toString(), err.toString());
	}
}
