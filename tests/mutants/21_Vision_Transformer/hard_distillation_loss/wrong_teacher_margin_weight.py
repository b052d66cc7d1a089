# 교사의 확신(최대 소프트맥스 확률)으로 증류 항에 가중치를 준다: 교사의 배율에 손실이 바뀌고 교사로 그래디언트가 흐른다
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    probs = F.softmax(teacher_logits, dim=1)
    confidence, teacher_labels = probs.max(dim=1)
    base = F.cross_entropy(student_cls_logits, labels)
    distill = (confidence * F.cross_entropy(student_dist_logits, teacher_labels, reduction="none")).mean()
    return (1 - alpha) * base + alpha * distill
