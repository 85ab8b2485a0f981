{{/* Names: fullname is release-chart unless the release name already contains the chart's. */}}
{{- define "meshroute.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "meshroute.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "meshroute.selectorLabels" -}}
app.kubernetes.io/name: {{ include "meshroute.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "meshroute.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "meshroute.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- if .Values.region }}
meshroute.io/region: {{ .Values.region | quote }}
{{- end }}
{{- end -}}

{{- define "meshroute.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository .Values.image.tag -}}
{{- end -}}
{{- end -}}

{{- define "meshroute.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "meshroute.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "meshroute.configMapName" -}}
{{- default (include "meshroute.fullname" .) .Values.existingConfigMap -}}
{{- end -}}

{{/* The meshroute config the ConfigMap holds: the user's `config` plus what the chart owns.
URLs and keys stay ${VAR} references, expanded from Secrets in the pod's environment. */}}
{{- define "meshroute.config" -}}
{{- $cfg := deepCopy .Values.config -}}
{{- $server := deepCopy (default (dict) $cfg.server) -}}
{{- if .Values.region -}}
{{- $_ := set $server "default_region" .Values.region -}}
{{- end -}}
{{- if .Values.apiKeys.existingSecret -}}
{{- $_ := set $server "key_file" (printf "/etc/meshroute/keys/%s" .Values.apiKeys.key) -}}
{{- end -}}
{{- $_ := set $cfg "server" $server -}}
{{- if or .Values.postgresql.url .Values.postgresql.existingSecret.name -}}
{{- $ledger := deepCopy (default (dict) $cfg.ledger) -}}
{{- $_ := set $ledger "url" "${MESHROUTE_LEDGER_URL}" -}}
{{- $_ := set $cfg "ledger" $ledger -}}
{{- end -}}
{{- if or .Values.redis.url .Values.redis.existingSecret.name -}}
{{- $state := deepCopy (default (dict) $cfg.state) -}}
{{- $_ := set $state "url" "${MESHROUTE_STATE_URL}" -}}
{{- $_ := set $cfg "state" $state -}}
{{- end -}}
{{- toYaml $cfg -}}
{{- end -}}

{{/* A URL from a value or from a Secret key, as one env entry. */}}
{{- define "meshroute.urlEnv" -}}
- name: {{ .env }}
{{- if .source.existingSecret.name }}
  valueFrom:
    secretKeyRef:
      name: {{ .source.existingSecret.name }}
      key: {{ .source.existingSecret.key }}
{{- else }}
  value: {{ .source.url | quote }}
{{- end }}
{{- end -}}

{{- define "meshroute.gracePeriod" -}}
{{- add .Values.shutdown.preStopSeconds .Values.shutdown.longestStreamSeconds .Values.shutdown.flushSeconds -}}
{{- end -}}

{{/* The pod must outlive the longest request the config allows: a target's timeouts.total_s,
or its tier's default (meshroute.config.TIER_TIMEOUTS; tests/deploy checks the two agree). */}}
{{- define "meshroute.checkShutdown" -}}
{{- $tierTotals := dict "edge" 120 "local" 600 "cloud" 1800 -}}
{{- $longest := float64 .Values.shutdown.longestStreamSeconds -}}
{{- if not .Values.existingConfigMap -}}
{{- range .Values.config.targets -}}
{{- $total := get $tierTotals (toString .tier) | default 0 -}}
{{- if and .timeouts (hasKey .timeouts "total_s") -}}
{{- $total = .timeouts.total_s -}}
{{- end -}}
{{- if gt (float64 $total) $longest -}}
{{- fail (printf "shutdown.longestStreamSeconds (%v) is shorter than target %v's total timeout (%v s): a stream could be cut at every rollout" $.Values.shutdown.longestStreamSeconds .name $total) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
