package dev.fmnist.data.source;

import dev.fmnist.data.progress.Progress;

/** Makes the {@link Progress} of one download or package extraction. */
@FunctionalInterface
public interface DownloadProgress {
    /**
     * @param label      what is being fetched, for example {@code fashion train-images-idx3-ubyte.gz from ...}
     * @param totalBytes its size in bytes, or 0 if unknown
     */
    Progress start(String label, long totalBytes);
}
