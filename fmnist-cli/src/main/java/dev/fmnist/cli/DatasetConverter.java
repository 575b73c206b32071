package dev.fmnist.cli;

import dev.fmnist.data.registry.DatasetSpec;
import dev.fmnist.data.registry.Datasets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns a dataset name on the command line into its registry entry; an unknown name is a usage error. */
public final class DatasetConverter implements ITypeConverter<DatasetSpec> {
    @Override
    public DatasetSpec convert(String value) {
        try {
            return Datasets.get(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
