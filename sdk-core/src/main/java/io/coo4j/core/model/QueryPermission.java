package io.coo4j.core.model;

/**
 * The enterprise's query permission switch (查询权限开关, 001 ch.1: "使用管理员账户或法人卡登录，可以进行查询权限功能开关的
 * 设置"): whether the enterprise's operators (操作员), and not only its administrator, may query its certificates and its
 * acceptance (受理情况). The manual shows the switch, not what it covers: coo4j reads it as covering the certificate
 * query, its list export and the acceptance query (inferred). Only the administrator sets it.
 *
 * @param operatorsMayQuery whether operators may query; the switch starts on, so that nobody loses a query they had
 * @since 0.1
 */
public record QueryPermission(boolean operatorsMayQuery) {
}
