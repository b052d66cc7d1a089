# 다른 올바른 구현: F.embedding과 wte 가중치의 전치로 로짓을, log_softmax와 gather로 손실을 계산한다
class GPT(nn.Module):
    """GPT-2 언어 모델 (Radford et al., 2019; nanoGPT의 이름).

    매개변수 (state_dict 키; C = n_embd, V = vocab_size, L = n_layer):
        transformer.wte.weight (V, C)             토큰 임베딩 (nn.Embedding)
        transformer.wpe.weight (block_size, C)    학습하는 위치 임베딩 (nn.Embedding)
        transformer.h.{i}.*                       Block i (i = 0..L-1, 연습 2의 이름; nn.ModuleList)
        transformer.ln_f.weight, .bias (C,)       마지막 LayerNorm
        lm_head.weight (V, C)                     출력 사영 nn.Linear(C, V, bias=False);
                                                  transformer.wte.weight와 같은 nn.Parameter (가중치 묶기)
    transformer는 nn.ModuleDict입니다. 묶인 텐서를 한 번만 세면 매개변수는
    V·C + block_size·C + L·(12C² + 13C) + 2C개입니다.
    """

    def __init__(self, config: GPTConfig) -> None:
        super().__init__()
        self.config = config
        self.transformer = nn.ModuleDict(
            dict(
                wte=nn.Embedding(config.vocab_size, config.n_embd),
                wpe=nn.Embedding(config.block_size, config.n_embd),
                h=nn.ModuleList([Block(config) for _ in range(config.n_layer)]),
                ln_f=nn.LayerNorm(config.n_embd),
            )
        )
        self.lm_head = nn.Linear(config.n_embd, config.vocab_size, bias=False)
        self.lm_head.weight = self.transformer.wte.weight  # 같은 Parameter 객체: 가중치 묶기
        # GPT-2 초기화 (제공 코드): N(0, 0.02²), 편향 0, 잔차 사영 c_proj는 0.02 / √(2L)
        self.apply(self._init_weights)
        for pname, p in self.named_parameters():
            if pname.endswith("c_proj.weight"):
                nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * config.n_layer))

    @staticmethod
    def _init_weights(module: nn.Module) -> None:
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)

    def forward(
        self,
        idx: torch.Tensor,
        targets: torch.Tensor | None = None,
        caches: list[KVCache] | None = None,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """다음 토큰의 로짓과 (targets가 있으면) 손실을 계산합니다.

        Args:
            idx: (B, T) int64 토큰 번호.
            targets: None 또는 (B, T) int64 정답 (위치 t의 정답은 그 다음 토큰).
            caches: None 또는 층마다 하나인 KVCache의 리스트 (길이 n_layer). 있으면 idx는 캐시에 든
                T_past = len(caches[0])개 위치 뒤에 이어지는 위치 T_past, ..., T_past + T - 1의 토큰이고
                (위치 임베딩도 그 위치의 것), 블록 i에는 caches[i]를 넘깁니다. T_past + T <= block_size.

        Returns:
            (logits, loss).
            logits: (B, T, V) 모든 위치의 다음 토큰 로짓 (lm_head의 출력, 소프트맥스 전).
            loss: targets가 None이면 None. 아니면 B·T개 위치의 교차 엔트로피 평균인 0차원 텐서로,
                F.cross_entropy(logits.view(-1, V), targets.view(-1))와 같습니다.
        """
        B, T = idx.shape
        T_past = 0 if caches is None else len(caches[0])
        if T_past + T > self.config.block_size:
            raise ValueError(f"문맥 {T_past} + {T}가 block_size {self.config.block_size}를 넘습니다.")
        wte = self.transformer.wte.weight  # (V, C) = lm_head.weight
        pos_emb = self.transformer.wpe.weight[T_past : T_past + T]  # (T, C)
        x = F.embedding(idx, wte) + pos_emb  # (B, T, C)
        caches = caches if caches is not None else [None] * len(self.transformer.h)
        for block, cache in zip(self.transformer.h, caches):
            x = block(x, cache)
        x = self.transformer.ln_f(x)
        logits = x @ self.lm_head.weight.T  # (B, T, V)
        loss = None
        if targets is not None:
            logp = torch.log_softmax(logits, dim=-1)  # (B, T, V)
            loss = -logp.gather(-1, targets[..., None]).mean()
        return logits, loss
