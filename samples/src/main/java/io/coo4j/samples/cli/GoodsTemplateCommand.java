package io.coo4j.samples.cli;

import io.coo4j.core.CooException;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.GoodsTemplate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coo goods-template --type T --out XLSX}: the goods import template (货物导入模板) of a certificate type. */
@Command(name = "goods-template", description = "Writes the Excel goods template of a certificate type.")
final class GoodsTemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--type", required = true, paramLabel = "T", description = "Certificate type code (E, C, RC, …).")
    String type;

    @Mixin
    CriteriaOptions criteria;

    @Option(names = "--out", required = true, paramLabel = "XLSX", description = "The .xlsx file to write.")
    Path out;

    @Override
    public Integer call() {
        if (ReferenceData.defaults().certificateType(type).isEmpty()) {
            throw new CooException("--type: unknown certificate type " + type + " (see coo types)");
        }
        GoodsTemplate.create(ReferenceData.defaults(), criteria.table()).write(type, out);
        spec.commandLine().getOut().println("wrote " + out + ": the goods template of type " + type);
        spec.commandLine().getOut().flush();
        return Coo.OK;
    }
}
