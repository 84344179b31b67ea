package ducha.cases.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import ducha.cli.LoggedIn;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cases ledger import|export|template KIND FILE}: the review ledgers (评查问题、提醒谈话、整改跟踪) as .xlsx or
 * .csv files, all rows or none.
 */
abstract class LedgerCommand implements Callable<Integer> {

	/** Short names on the command line and the ledger kinds they stand for. */
	static final List<String> KINDS = List.of("findings", "talks", "followups");

	final CliServices services;

	@Spec
	CommandSpec spec;

	@Mixin
	LoggedIn login;

	@Parameters(index = "0", paramLabel = "KIND", description = "台账：findings（评查问题）、talks（提醒谈话）、followups（整改跟踪）")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", description = "文件（.xlsx 或 .csv）")
	Path file;

	LedgerCommand(CliServices services) {
		this.services = services;
	}

	String kindId() {
		String n = kind.startsWith("cases.") ? kind.substring("cases.".length()) : kind;
		if (!KINDS.contains(n)) {
			throw new ValidationException("未知的台账“" + kind + "”，可选：" + String.join("、", KINDS));
		}
		return "cases." + n;
	}

	void requireFolder() {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ValidationException("文件夹不存在：" + folder);
		}
	}

	/** The group only holds the three commands. */
	@Command(name = "ledger", description = "评查台账：导入、导出、模板")
	static final class Group implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			spec.commandLine().usage(spec.commandLine().getErr());
			return 2;
		}
	}

	@Command(name = "import", description = "导入台账：任何一行有误则整份文件不导入，并逐行列出问题（文件:行:列）")
	static final class Import extends LedgerCommand {

		Import(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			String id = kindId();
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new ValidationException("无法读取文件：" + file.toAbsolutePath());
			}
			LedgerImportResult result = services.ledgers().importFile(id, file, login.principal());
			spec.commandLine().getOut().println(result.fileName() + "：" + result.rows() + " 行，新增 " + result.inserted()
					+ "，更新 " + result.updated());
			return 0;
		}
	}

	@Command(name = "export", description = "导出台账")
	static final class Export extends LedgerCommand {

		Export(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			String id = kindId();
			requireFolder();
			int rows = services.ledgers().exportFile(id, file, login.principal());
			spec.commandLine().getOut().println("已导出 " + rows + " 条到 " + file.toAbsolutePath());
			return 0;
		}
	}

	@Command(name = "template", description = "写出空白模板（表头和一行示例）")
	static final class Template extends LedgerCommand {

		Template(CliServices services) {
			super(services);
		}

		@Override
		public Integer call() {
			String id = kindId();
			requireFolder();
			services.ledgers().writeTemplate(id, file);
			spec.commandLine().getOut().println("已写出模板 " + file.toAbsolutePath());
			return 0;
		}
	}
}
