package ducha.cases.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code cases import FILE}: the case list of the case-management system (CSV in UTF-8 or GBK, or XLSX), upserted
 * by 案号 with progress lines. A file with any bad row stores nothing; the error handler prints every problem as
 * file:row:column and exits with 1.
 */
@Command(name = "import", description = "导入案件管理系统导出的案件清单（CSV/XLSX），按案号更新或新增；任何一行有误则整份文件不导入")
final class ImportCommand implements Callable<Integer> {

	private final CliServices services;

	@Spec
	CommandSpec spec;

	@Mixin
	LoggedIn login;

	@Parameters(paramLabel = "FILE", description = "案件清单（.csv 或 .xlsx）")
	Path file;

	ImportCommand(CliServices services) {
		this.services = services;
	}

	@Override
	public Integer call() {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new ValidationException("无法读取文件：" + file.toAbsolutePath());
		}
		PrintWriter out = spec.commandLine().getOut();
		ProgressLines progress = new ProgressLines(out);
		LedgerImportResult result = services.register().importFile(file, login.principal(),
				progress);
		progress.done();
		out.println(result.fileName() + "：" + result.rows() + " 行，新增 " + result.inserted() + " 件，更新 "
				+ result.updated() + " 件");
		return 0;
	}
}
