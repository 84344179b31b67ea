package ducha.petitions.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;

import ducha.cli.ExitCodes;
import ducha.cli.GroupCommand;
import ducha.cli.HelpTexts;
import ducha.cli.LoggedIn;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.security.Principal;
import ducha.petitions.Clearance;
import ducha.petitions.ConfidentialRead;
import ducha.petitions.Clue;
import ducha.petitions.Petition;
import ducha.petitions.Reception;
import ducha.petitions.ReceptionDay;
import ducha.petitions.Reporter;
import ducha.petitions.internal.PetitionKeyMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code ducha-cli petitions}: list, show, reveal, export, clues. */
@Command(name = "petitions")
public final class PetitionsCommand extends GroupCommand {

	/** The command tree with its services; picocli instantiates nothing itself. */
	static CommandLine create(CliServices services) {
		CommandLine root = new CommandLine(new PetitionsCommand());
		root.addSubcommand(with(services, new ListCommand()));
		root.addSubcommand(with(services, new ShowCommand()));
		root.addSubcommand(with(services, new RevealCommand()));
		root.addSubcommand(with(services, new ReadsCommand()));
		root.addSubcommand(with(services, new ExportCommand()));
		root.addSubcommand(with(services, new ClearanceNoticeCommand()));
		root.addSubcommand(with(services, new ReceptionCommand()));
		root.addSubcommand(with(services, new RekeyCommand()));
		CommandLine clues = new CommandLine(new CluesCommand());
		clues.addSubcommand(with(services, new CluesListCommand()));
		clues.addSubcommand(with(services, new CluesImportCommand()));
		root.addSubcommand(clues);
		return HelpTexts.describe(root);
	}

	private static UserCommand with(CliServices services, UserCommand command) {
		command.services = services;
		return command;
	}

	/**
	 * What every subcommand that acts for a user has: the services, its command spec (for the output stream) and
	 * the logged-in account.
	 */
	abstract static class UserCommand implements Callable<Integer> {

		/** Set once by {@link PetitionsCommand#create}, before picocli parses anything. */
		CliServices services;

		@Spec
		CommandSpec spec;

		@Mixin
		LoggedIn login;

		Principal principal() {
			return login.principal();
		}

		PrintWriter out() {
			return spec.commandLine().getOut();
		}
	}

	/** A subcommand about one petition, named by its number. */
	abstract static class PetitionCommand extends UserCommand {

		@Parameters(paramLabel = "NUMBER", descriptionKey = "number")
		String number;
	}

	/** A subcommand that reads or writes one ledger file. */
	abstract static class FileCommand extends UserCommand {

		@Parameters(paramLabel = "FILE", descriptionKey = "file")
		Path file;
	}

	@Command(name = "list")
	static final class ListCommand extends UserCommand {

		@Override
		public Integer call() {
			PrintWriter out = out();
			out.println(Messages.listHeader);
			LocalDate today = LocalDate.now();
			for (Petition p : services.petitions().list(principal())) {
				out.println(String.join("\t", p.number(), p.channel().label(), p.receivedOn().toString(), p.reporter(),
						String.join("、", p.reportedStaff()), p.state().label(),
						p.deadline() + (p.overdue(today) ? Messages.overdueMark : "")));
			}
			return 0;
		}
	}

	@Command(name = "show")
	static final class ShowCommand extends PetitionCommand {

		@Override
		public Integer call() {
			Principal principal = principal();
			Petition p = services.petitions().get(number, principal);
			PrintWriter out = out();
			out.println(NLS.bind(Messages.showNumber, p.number()));
			out.println(NLS.bind(Messages.showChannel, p.referringBody() == null ? p.channel().label()
					: NLS.bind(Messages.showReferredBy, p.channel().label(), p.referringBody())));
			out.println(NLS.bind(Messages.showReceived, p.receivedOn()));
			out.println(NLS.bind(Messages.showReporter, p.reporter()));
			out.println(NLS.bind(Messages.showReported, String.join("、", p.reportedStaff())));
			out.println(NLS.bind(Messages.showCategory, p.category()));
			out.println(NLS.bind(Messages.showSummary, p.summary()));
			out.println(NLS.bind(Messages.showDeadline, p.deadline()));
			out.println(NLS.bind(Messages.showState, p.state().label()));
			out.println(NLS.bind(Messages.showHandlers, String.join("、", p.handlers())));
			if (p.conclusion() != null) {
				out.println(NLS.bind(Messages.showConclusion,
						new Object[] { p.conclusion().label(), p.concludedOn(), p.conclusionText() }));
			}
			if (p.disposition() != null) {
				out.println(NLS.bind(Messages.showDisposition, p.disposition().label(), p.disposedOn()));
			}
			for (Clearance c : services.petitions().clearances(number, principal)) {
				out.println(NLS.bind(Messages.showClearance, new Object[] { c.id(), c.staffNo(), c.clearedOn(),
						c.noticeNumber() == null ? Messages.noticeNotIssued : c.noticeNumber() }));
			}
			return 0;
		}
	}

	@Command(name = "reveal")
	static final class RevealCommand extends PetitionCommand {

		@Option(names = "--reason", required = true)
		String reason;

		@Override
		public Integer call() {
			Reporter r = services.petitions().revealReporter(number, reason, principal());
			PrintWriter out = out();
			if (r.anonymous()) {
				out.println(Messages.reporterAnonymous);
			} else {
				out.println(NLS.bind(Messages.showReporter, r.name()));
				out.println(NLS.bind(Messages.reporterContact, r.contact() == null ? "" : r.contact()));
			}
			return 0;
		}
	}

	/** {@code petitions reads}: who read the identity and the files, and why (the log keeps the reasons sealed). */
	@Command(name = "reads")
	static final class ReadsCommand extends PetitionCommand {

		@Override
		public Integer call() {
			PrintWriter out = out();
			List<ConfidentialRead> reads = services.petitions().confidentialReads(number, principal());
			if (reads.isEmpty()) {
				out.println(Messages.readsNone);
			}
			DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
			for (ConfidentialRead read : reads) {
				out.println(NLS.bind(Messages.readsLine, new Object[] { time.format(read.at()), read.account(),
						read.what(), read.reason() == null ? "" : read.reason() }));
			}
			return 0;
		}
	}

	/** {@code petitions rekey}: what the data folder's key files sealed moves to each petition's data key. */
	@Command(name = "rekey")
	static final class RekeyCommand extends UserCommand {

		@Override
		public Integer call() {
			PrintWriter out = out();
			PetitionKeyMaintenance.Rekeyed done = services.keys().get().rekey(principal(), out::println);
			out.println(NLS.bind(Messages.rekeyDone, new Object[] { done.petitions(), done.identities(),
					done.files(), done.skipped().size() }));
			return done.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.REJECTED;
		}
	}

	@Command(name = "export")
	static final class ExportCommand extends FileCommand {

		@Override
		public Integer call() {
			int rows = services.ledgers().exportFile("petitions", file, principal());
			out().println(NLS.bind(Messages.exported, rows, file.toAbsolutePath()));
			return 0;
		}
	}

	@Command(name = "clearance-notice")
	static final class ClearanceNoticeCommand extends UserCommand {

		@Parameters(paramLabel = "ID", descriptionKey = "clearance-id")
		long clearanceId;

		@Option(names = "--format", defaultValue = "pdf", paramLabel = "docx|pdf")
		String format;

		@Option(names = "--out", required = true, paramLabel = "FILE")
		Path file;

		@Override
		public Integer call() throws IOException {
			DocumentFormat documentFormat = switch (format.strip().toLowerCase(Locale.ROOT)) {
			case "docx" -> DocumentFormat.DOCX;
			case "pdf" -> DocumentFormat.PDF;
			default -> throw new ValidationException(NLS.bind(Messages.badFormat, format));
			};
			Principal principal = principal();
			// into memory first: a refused or failed notice leaves no half-written file behind
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			services.petitions().writeClearanceNotice(clearanceId, documentFormat, bytes, principal);
			Path target = file.toAbsolutePath();
			if (target.getParent() != null) {
				Files.createDirectories(target.getParent());
			}
			Files.write(target, bytes.toByteArray());
			String number = services.petitions().issueClearanceNotice(clearanceId, principal).number();
			out().println(NLS.bind(Messages.noticeWritten, number, target));
			return 0;
		}
	}

	@Command(name = "reception")
	static final class ReceptionCommand extends UserCommand {

		@Option(names = "--month", paramLabel = "YYYY-MM")
		String month;

		@Override
		public Integer call() {
			YearMonth shown = parseMonth(month);
			PrintWriter out = out();
			out.println(NLS.bind(Messages.receptionTitle, String.valueOf(shown.getYear()), shown.getMonthValue()));
			out.println(Messages.receptionHeader);
			for (ReceptionDay day : services.receptions().calendar(shown, principal())) {
				String date = day.day() + "\t" + weekday(day.day());
				if (day.receptions().isEmpty()) {
					out.println(date + "\t" + Messages.noReception);
				}
				for (Reception r : day.receptions()) {
					out.println(String.join("\t", date, NLS.bind(Messages.receiver, r.receiverName(), r.receiverStaffNo()),
							r.petitionNumber() == null ? "" : r.petitionNumber(), r.note() == null ? "" : r.note()));
				}
			}
			return 0;
		}

		private static YearMonth parseMonth(String text) {
			if (text == null) {
				return YearMonth.now();
			}
			try {
				return YearMonth.parse(text.strip());
			} catch (DateTimeParseException e) {
				throw new ValidationException(NLS.bind(Messages.badMonth, text));
			}
		}

		private static String weekday(LocalDate day) {
			return Messages.weekdays.split(",")[day.getDayOfWeek().getValue() - 1];
		}
	}

	@Command(name = "clues")
	static final class CluesCommand extends GroupCommand {
	}

	@Command(name = "list")
	static final class CluesListCommand extends UserCommand {

		@Override
		public Integer call() {
			PrintWriter out = out();
			out.println(Messages.cluesHeader);
			for (Clue c : services.clues().clues(principal())) {
				out.println(String.join("\t", String.valueOf(c.id()), c.caseNumber(), c.kind().label(),
						c.staffNo() == null ? "" : c.staffNo(), c.flaggedOn().toString(), c.outcome().label(),
						c.source()));
			}
			return 0;
		}
	}

	@Command(name = "import")
	static final class CluesImportCommand extends FileCommand {

		@Override
		public Integer call() {
			var result = services.ledgers().importFile("petition-clues", file, principal());
			out().println(NLS.bind(Messages.cluesImported, result.rows(), result.inserted()));
			return 0;
		}
	}
}
