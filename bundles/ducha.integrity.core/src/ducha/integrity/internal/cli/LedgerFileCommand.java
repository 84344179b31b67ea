package ducha.integrity.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import ducha.cli.LoggedIn;
import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ducha-cli integrity import|export|template KIND FILE}: ledger files (.xlsx or .csv). */
abstract class LedgerFileCommand implements Callable<Integer> {

	final LedgerService ledgers;

	@Mixin
	LoggedIn login;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", paramLabel = "KIND", description = "台账：talks、dispositions、risk-measures、rules、books、recommendations")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", description = "文件（.xlsx 或 .csv）")
	Path file;

	LedgerFileCommand(LedgerService ledgers) {
		this.ledgers = ledgers;
	}

	void requireFolder() {
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			throw new ValidationException("文件夹不存在：" + folder);
		}
	}

	@Command(name = "import", description = "导入台账：任何一行有误则整份文件不导入，并逐行列出问题（文件:行:列）")
	static final class Import extends LedgerFileCommand {

		Import(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		public Integer call() {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new ValidationException("无法读取文件：" + file.toAbsolutePath());
			}
			LedgerImportResult result = ledgers.importFile(Kinds.ledgerId(kind), file, login.principal());
			spec.commandLine().getOut().println(result.fileName() + "：" + result.rows() + " 行，新增 "
					+ result.inserted() + "，更新 " + result.updated());
			return 0;
		}
	}

	@Command(name = "export", description = "导出台账")
	static final class Export extends LedgerFileCommand {

		Export(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		public Integer call() {
			requireFolder();
			int rows = ledgers.exportFile(Kinds.ledgerId(kind), file, login.principal());
			spec.commandLine().getOut().println("已导出 " + rows + " 条到 " + file.toAbsolutePath());
			return 0;
		}
	}

	@Command(name = "template", description = "写出空白模板（表头和一行示例）")
	static final class Template extends LedgerFileCommand {

		Template(LedgerService ledgers) {
			super(ledgers);
		}

		@Override
		public Integer call() {
			requireFolder();
			ledgers.writeTemplate(Kinds.ledgerId(kind), file);
			spec.commandLine().getOut().println("已写出模板 " + file.toAbsolutePath());
			return 0;
		}
	}
}
