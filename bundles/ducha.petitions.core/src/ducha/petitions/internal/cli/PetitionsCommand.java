package ducha.petitions.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

import ducha.cli.LoggedIn;
import ducha.core.ValidationException;
import ducha.core.documents.DocumentFormat;
import ducha.core.security.Principal;
import ducha.petitions.Clearance;
import ducha.petitions.Clue;
import ducha.petitions.Petition;
import ducha.petitions.Reception;
import ducha.petitions.ReceptionDay;
import ducha.petitions.Reporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ducha-cli petitions}: list, show, reveal, export, clues. */
@Command(name = "petitions", description = "Petitions and reports (信访举报).")
public final class PetitionsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	/** The command tree with its services; picocli instantiates nothing itself. */
	static CommandLine create(CliServices services) {
		CommandLine root = new CommandLine(new PetitionsCommand());
		root.addSubcommand(new ListCommand(services));
		root.addSubcommand(new ShowCommand(services));
		root.addSubcommand(new RevealCommand(services));
		root.addSubcommand(new ExportCommand(services));
		root.addSubcommand(new ClearanceNoticeCommand(services));
		root.addSubcommand(new ReceptionCommand(services));
		CommandLine clues = new CommandLine(new CluesCommand());
		clues.addSubcommand(new CluesListCommand(services));
		clues.addSubcommand(new CluesImportCommand(services));
		root.addSubcommand(clues);
		return root;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return 2;
	}

	/**
	 * What every subcommand that acts for a user has: the services, its command spec (for the output stream) and
	 * the logged-in account.
	 */
	abstract static class UserCommand implements Callable<Integer> {

		final CliServices services;

		@Spec
		CommandSpec spec;

		@Mixin
		LoggedIn login;

		UserCommand(CliServices services) {
			this.services = services;
		}

		Principal principal() {
			return login.principal();
		}

		PrintWriter out() {
			return spec.commandLine().getOut();
		}
	}

	@Command(name = "list", description = "Lists the petitions you may see (the reporter always as 受保护 or 匿名).")
	static final class ListCommand extends UserCommand {

		ListCommand(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			PrintWriter out = out();
			out.println("编号\t渠道\t收件日期\t举报人\t被反映人\t状态\t办理期限");
			LocalDate today = LocalDate.now();
			for (Petition p : services.petitions().list(principal())) {
				out.println(String.join("\t", p.number(), p.channel().label(), p.receivedOn().toString(), p.reporter(),
						String.join("、", p.reportedStaff()), p.state().label(),
						p.deadline() + (p.overdue(today) ? "（已超期）" : "")));
			}
			return 0;
		}
	}

	@Command(name = "show", description = "Shows one petition.")
	static final class ShowCommand extends UserCommand {

		@Parameters(paramLabel = "NUMBER")
		String number;

		ShowCommand(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			Principal principal = principal();
			Petition p = services.petitions().get(number, principal);
			PrintWriter out = out();
			out.println("编号：" + p.number());
			out.println("渠道：" + p.channel().label() + (p.referringBody() == null ? "" : "（" + p.referringBody() + "）"));
			out.println("收件日期：" + p.receivedOn());
			out.println("举报人：" + p.reporter());
			out.println("被反映人：" + String.join("、", p.reportedStaff()));
			out.println("问题类别：" + p.category());
			out.println("内容摘要：" + p.summary());
			out.println("办理期限：" + p.deadline());
			out.println("状态：" + p.state().label());
			out.println("承办人：" + String.join("、", p.handlers()));
			if (p.conclusion() != null) {
				out.println("核查结论：" + p.conclusion().label() + "（" + p.concludedOn() + "）" + p.conclusionText());
			}
			if (p.disposition() != null) {
				out.println("处置：" + p.disposition().label() + "（" + p.disposedOn() + "）");
			}
			for (Clearance c : services.petitions().clearances(number, principal)) {
				out.println("澄清：序号 " + c.id() + "，工号 " + c.staffNo() + "，" + c.clearedOn() + "，澄清通知书 "
						+ (c.noticeNumber() == null ? "未签发" : c.noticeNumber()));
			}
			return 0;
		}
	}

	@Command(name = "reveal", description = "Shows the reporter's identity to an assigned handler or the office "
			+ "director; the reason goes into the audit log.")
	static final class RevealCommand extends UserCommand {

		@Parameters(paramLabel = "NUMBER")
		String number;

		@Option(names = "--reason", required = true, description = "Why you need the identity (audited).")
		String reason;

		RevealCommand(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			Reporter r = services.petitions().revealReporter(number, reason, principal());
			PrintWriter out = out();
			if (r.anonymous()) {
				out.println("举报人：匿名");
			} else {
				out.println("举报人：" + r.name());
				out.println("联系方式：" + (r.contact() == null ? "" : r.contact()));
			}
			return 0;
		}
	}

	@Command(name = "export", description = "Exports the petitions ledger (.xlsx or CSV); never with reporters.")
	static final class ExportCommand extends UserCommand {

		@Parameters(paramLabel = "FILE")
		Path file;

		ExportCommand(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			int rows = services.ledgers().exportFile("petitions", file, principal());
			out().println("已导出 " + rows + " 件信访件到 " + file.toAbsolutePath());
			return 0;
		}
	}

	@Command(name = "clearance-notice", description = "Writes the clearance notice (澄清通知书) of a clearance as DOCX "
			+ "or PDF; the first time it is numbered (only a handler of the petition or the office director). "
			+ "'petitions show NUMBER' lists a petition's clearances with their ids.")
	static final class ClearanceNoticeCommand extends UserCommand {

		@Parameters(paramLabel = "ID", description = "The clearance's id (序号).")
		long clearanceId;

		@Option(names = "--format", defaultValue = "pdf", paramLabel = "docx|pdf",
				description = "docx or pdf (default: ${DEFAULT-VALUE}).")
		String format;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
		Path file;

		ClearanceNoticeCommand(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() throws IOException {
			DocumentFormat documentFormat = switch (format.strip().toLowerCase(Locale.ROOT)) {
			case "docx" -> DocumentFormat.DOCX;
			case "pdf" -> DocumentFormat.PDF;
			default -> throw new ValidationException("--format：“" + format + "”不是 docx 或 pdf");
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
			out().println("已生成澄清通知书 " + number + "：" + target);
			return 0;
		}
	}

	@Command(name = "reception", description = "The reception calendar (信访接待日, every Wednesday) of a month with "
			+ "the log of who received whom.")
	static final class ReceptionCommand extends UserCommand {

		@Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: this month).")
		String month;

		ReceptionCommand(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			YearMonth shown = parseMonth(month);
			PrintWriter out = out();
			out.println("信访接待日 " + shown.getYear() + "年" + shown.getMonthValue() + "月");
			out.println("日期\t星期\t接待人\t信访件\t备注");
			for (ReceptionDay day : services.receptions().calendar(shown, principal())) {
				String date = day.day() + "\t" + weekday(day.day());
				if (day.receptions().isEmpty()) {
					out.println(date + "\t（无接待记录）");
				}
				for (Reception r : day.receptions()) {
					out.println(String.join("\t", date, r.receiverName() + "（" + r.receiverStaffNo() + "）",
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
				throw new ValidationException("--month：“" + text + "”不是 年-月，例如 2026-11");
			}
		}

		private static String weekday(LocalDate day) {
			return "周" + "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1);
		}
	}

	@Command(name = "clues", description = "The clue screening library (排查库).")
	static final class CluesCommand implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			spec.commandLine().usage(spec.commandLine().getErr());
			return 2;
		}
	}

	@Command(name = "list", description = "Lists the clues and their screening results.")
	static final class CluesListCommand extends UserCommand {

		CluesListCommand(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			PrintWriter out = out();
			out.println("序号\t案号\t线索类型\t承办人\t标记日期\t排查结果\t来源");
			for (Clue c : services.clues().clues(principal())) {
				out.println(String.join("\t", String.valueOf(c.id()), c.caseNumber(), c.kind().label(),
						c.staffNo() == null ? "" : c.staffNo(), c.flaggedOn().toString(), c.outcome().label(),
						c.source()));
			}
			return 0;
		}
	}

	@Command(name = "import", description = "Imports flagged cases from a ledger: every row or none.")
	static final class CluesImportCommand extends UserCommand {

		@Parameters(paramLabel = "FILE")
		Path file;

		CluesImportCommand(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			var result = services.ledgers().importFile("petition-clues", file, principal());
			out().println("已导入 " + result.rows() + " 行，新增线索 " + result.inserted() + " 条");
			return 0;
		}
	}
}
