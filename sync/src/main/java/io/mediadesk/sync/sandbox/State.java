package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Everything the sandbox account holds; persisted as one JSON document when a data folder is given. */
final class State {
    String privateKey;
    String publicKey;
    long counter;
    Map<String, StoredFile> files = new LinkedHashMap<>();
    Map<String, Folder> folders = new TreeMap<>();
    List<MetadataField> fields = new ArrayList<>();
    Map<String, NamedTransformation> namedTransformations = new LinkedHashMap<>();
    Map<String, PurgeRequest> purges = new LinkedHashMap<>();
    Map<String, FolderJob> jobs = new LinkedHashMap<>();
    /** Month ({@code 2026-07}) the purge count belongs to; the quota is per account per month. */
    String purgeMonth = "";
    int purgesThisMonth;
    /** Bytes delivery URLs served, per UTC day ({@code 2026-11-26}): the usage API's bandwidth. */
    Map<String, Long> deliveredBytes = new TreeMap<>();
    /** Client-side upload tokens are single-use, even when the upload failed. */
    Set<String> usedUploadTokens = new HashSet<>();
}
