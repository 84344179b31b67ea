package ducha.team.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.core.period.Period;
import ducha.team.internal.evaluation.Messages;

/** What the evaluation commands read from their arguments: periods as the office writes them, and output files. */
final class EvaluationArguments {

	private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:([QqHh])(\\d))?");

	/** Writes the file's bytes to a stream. */
	@FunctionalInterface
	interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private EvaluationArguments() {
	}

	/** 2026 (the year), 2026H1 / 2026H2 (a half-year) or 2026Q1 … 2026Q4 (a quarter). */
	static Period period(String text) {
		Matcher m = PERIOD.matcher(text.strip());
		if (!m.matches()) {
			throw new ValidationException(NLS.bind(Messages.cliBadPeriod, text));
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) == null) {
			return Period.year(year);
		}
		int n = Integer.parseInt(m.group(3));
		boolean quarter = m.group(2).equalsIgnoreCase("Q");
		if (quarter ? n < 1 || n > 4 : n < 1 || n > 2) {
			throw new ValidationException(NLS.bind(Messages.cliBadPeriod, text));
		}
		return quarter ? Period.quarter(year, n) : Period.halfYear(year, n);
	}

	/** A quarter written 2026Q3. */
	static Period quarter(String text) {
		if (!text.strip().matches("\\d{4}[Qq]\\d")) {
			throw new ValidationException(NLS.bind(Messages.cliBadQuarter, text));
		}
		return period(text);
	}

	/** Writes the file beside the target and moves it in place, so that a failure leaves no half-written file. */
	static Path write(Path out, Content content) throws IOException {
		Path target = out.toAbsolutePath();
		if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
			throw new ValidationException(NLS.bind(Messages.cliNoFolder, target.getParent()));
		}
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		try (OutputStream stream = Files.newOutputStream(partial)) {
			content.writeTo(stream);
		} catch (RuntimeException | IOException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
	}
}
