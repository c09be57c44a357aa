/**
 * The purge panel: pasted URLs, the library selection or a folder through the sync module's purge
 * planner (its verdict per URL), submitted through the library's journaled purge queue with the
 * live status of each request until Completed, cancel, and the month's quota as this library
 * counts it. Owns no purge logic: planner, queue, runner and quota are sync's {@code purge}.
 */
package io.mediadesk.desktop.purge;
